import { Badge, Button, Card, Input, MessageBar, MessageBarBody, SearchBox, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { ThesaurusResponse } from '@prt/domain/api/responses';
import type { ConceptGroup, ThesaurusLanguage } from '@prt/domain/search/thesaurus';
import { ApiError, apiFetch } from '../api/apiClient.js';
import { fieldErrorText, errorText } from '../i18n/errorMessages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Language } from '../i18n/language.js';

const LANGUAGES: ThesaurusLanguage[] = ['sv', 'da', 'en'];

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  language: { minWidth: '5rem', color: tokens.colorNeutralForeground3 },
  add: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

interface Loaded {
  custom: boolean;
  etag: string;
}

/** The DPO's editor for the tenant's search thesaurus: groups of words that mean the same, saved over the version it edited. */
export function ThesaurusPage() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [groups, setGroups] = useState<ConceptGroup[]>([]);
  const [filter, setFilter] = useState('');
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; lines: string[] } | undefined>();
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    try {
      const { body, etag } = await apiFetch<ThesaurusResponse>('search/thesaurus');
      setLoaded({ custom: body.custom, etag: etag ?? '' });
      setGroups(body.groups);
      setDirty(false);
      setNotice(undefined);
    } catch (e) {
      setNotice({ ok: false, lines: [e instanceof ApiError ? errorText(e.code, e.params, language) : t('errorGeneric')] });
    }
  }, [language, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const change = (id: string, lang: ThesaurusLanguage, terms: string[]) => {
    setGroups((current) => current.map((g) => (g.id === id ? { ...g, terms: { ...g.terms, [lang]: terms } } : g)));
    setDirty(true);
    setNotice(undefined);
  };

  const save = async () => {
    if (!loaded) return;
    setSaving(true);
    try {
      const { body, etag } = await apiFetch<ThesaurusResponse>('search/thesaurus', {
        method: 'PUT',
        headers: { 'if-match': loaded.etag },
        body: JSON.stringify({ groups }),
      });
      setLoaded({ custom: body.custom, etag: etag ?? '' });
      setGroups(body.groups);
      setDirty(false);
      setNotice({ ok: true, lines: [t('thesaurusSaved')] });
    } catch (e) {
      setNotice({ ok: false, lines: e instanceof ApiError ? problemLines(e, groups, language) : [t('errorGeneric')] });
    } finally {
      setSaving(false);
    }
  };

  if (!loaded) return notice ? <Notice {...notice} /> : <Spinner label={t('loading')} />;
  const wanted = filter.trim().toLowerCase();
  const shown = wanted
    ? groups.filter((g) => g.id.includes(wanted) || LANGUAGES.some((l) => g.terms[l].some((term) => term.toLowerCase().includes(wanted))))
    : groups;
  return (
    <div className={styles.page}>
      <Text as="h2" size={500} weight="semibold">
        {t('thesaurusTitle')}
      </Text>
      <Text>{t('thesaurusIntro')}</Text>
      {!loaded.custom && <Text italic>{t('thesaurusBuiltIn')}</Text>}
      <div className={styles.bar}>
        <SearchBox aria-label={t('thesaurusFilter')} placeholder={t('thesaurusFilter')} value={filter} onChange={(_e, d) => setFilter(d.value)} />
        <Text>{t('thesaurusGroupCount', { count: shown.length })}</Text>
        <Button appearance="primary" disabled={!dirty || saving} onClick={() => void save()}>
          {t('thesaurusSave')}
        </Button>
        {dirty && <Badge color="warning">{t('thesaurusUnsaved')}</Badge>}
        <Button onClick={() => void load()}>{t('thesaurusReload')}</Button>
      </div>
      {notice && <Notice {...notice} />}
      <ul className={styles.list} aria-label={t('thesaurusTitle')}>
        {shown.map((group) => (
          <li key={group.id}>
            <GroupCard group={group} onChange={change} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function GroupCard({ group, onChange }: { group: ConceptGroup; onChange: (id: string, lang: ThesaurusLanguage, terms: string[]) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Card aria-label={group.id}>
      <Text weight="semibold">{group.id}</Text>
      {LANGUAGES.map((lang) => (
        <div key={lang} className={styles.row}>
          <span className={styles.language}>{t(`thesaurusLanguage.${lang}`)}</span>
          {group.terms[lang].map((term) => (
            <Button
              key={term}
              size="small"
              aria-label={t('thesaurusRemoveTerm', { term })}
              onClick={() =>
                onChange(
                  group.id,
                  lang,
                  group.terms[lang].filter((x) => x !== term),
                )
              }
            >
              {term} ×
            </Button>
          ))}
          <AddTerm
            label={t('thesaurusAddTerm', { language: t(`thesaurusLanguage.${lang}`), group: group.id })}
            onAdd={(term) => onChange(group.id, lang, [...group.terms[lang], term])}
          />
        </div>
      ))}
    </Card>
  );
}

function AddTerm({ label, onAdd }: { label: string; onAdd: (term: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [value, setValue] = useState('');
  const add = () => {
    if (!value.trim()) return;
    onAdd(value.trim());
    setValue('');
  };
  return (
    <span className={styles.add}>
      <Input
        size="small"
        aria-label={label}
        value={value}
        onChange={(_e, d) => setValue(d.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') add();
        }}
      />
      <Button size="small" aria-label={`${t('thesaurusAdd')}: ${label}`} onClick={add}>
        {t('thesaurusAdd')}
      </Button>
    </span>
  );
}

function Notice({ ok, lines }: { ok: boolean; lines: string[] }) {
  return (
    <MessageBar intent={ok ? 'success' : 'error'}>
      <MessageBarBody>
        {lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The problem's text, then each field's error named by the group it is in ("recruitment: …"), not by its JSON path. */
function problemLines(e: ApiError, groups: ConceptGroup[], language: Language): string[] {
  const lines = e.errors.map((f) => {
    const index = /^groups\[(\d+)\]/.exec(f.field)?.[1];
    const group = index === undefined ? undefined : groups[Number(index)]?.id;
    return group ? `${group}: ${fieldErrorText(f, language)}` : fieldErrorText(f, language);
  });
  return [errorText(e.code, e.params, language), ...lines];
}
