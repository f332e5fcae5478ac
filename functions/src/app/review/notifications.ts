import type { Principal } from '@prt/domain/principal';
import type { DirectoryUser } from '../../directory/directory.js';
import { languageFromLocale } from '@prt/domain/language';
import type { Processing } from '@prt/domain/processing';
import type { ProcessingVersion, VersionDecision } from '@prt/domain/review';
import { decisionMessage, plainCard, reviewCard } from '../../notify/cards/reviewCard.js';
import { REVIEW_TEXTS } from '../../notify/cards/reviewTexts.js';
import type { ReviewDependencies } from './reviewDependencies.js';

/** Every DPO of the tenant gets a card to decide a new report or change from the chat. */
export async function notifyReviewers(deps: ReviewDependencies, principal: Principal, processing: Processing, version: ProcessingVersion): Promise<void> {
  const reviewers = await deps.directory.usersWithRole(principal.tenantId, 'dpo');
  for (const reviewer of reviewers) {
    const language = languageFromLocale(reviewer.preferredLanguage);
    const card = reviewCard({
      language,
      processingId: processing.id,
      processingName: version.content.name,
      organisationUnit: version.content.organisationUnit,
      version: version.version,
      isNewReport: version.baseVersion === null,
      reporterName: principal.displayName,
      changedFields: version.changes.map((c) => c.path),
      content: version.content,
      link: deps.tabLink(`/?processing=${encodeURIComponent(processing.id)}&page=review`),
      refreshUserIds: reviewers.map((r) => r.id),
    });
    const title = version.baseVersion === null ? REVIEW_TEXTS[language].newReportTitle : REVIEW_TEXTS[language].changeTitle;
    await deps.chat.send({
      key: `review|${processing.id}|v${version.version}|${reviewer.id}`,
      tenantId: principal.tenantId,
      recipientUserId: reviewer.id,
      kind: 'processingReported',
      title,
      text: `${version.content.name} (${version.content.organisationUnit})`,
      card: plainCard(card),
      link: `/?processing=${encodeURIComponent(processing.id)}&page=review`,
      activityParameters: { actor: principal.displayName },
    });
  }
}

/** Whoever sent the report or change is told the decision, with the DPO's reason. */
export async function notifyReporter(deps: ReviewDependencies, version: ProcessingVersion, processing: Processing, record: VersionDecision): Promise<void> {
  const reporter: DirectoryUser | undefined = await deps.directory.getUser(version.tenantId, version.proposedBy);
  const language = languageFromLocale(reporter?.preferredLanguage);
  const message = decisionMessage(language, record.decision, version.content.name, version.version);
  await deps.chat.send({
    key: `decision|${processing.id}|v${version.version}`,
    tenantId: version.tenantId,
    recipientUserId: version.proposedBy,
    kind: 'decisionMade',
    title: message.title,
    text: record.reason ? `${message.text}\n\n${record.reason}` : message.text,
    link: `/?processing=${encodeURIComponent(processing.id)}`,
    activityParameters: { processing: version.content.name },
  });
}
