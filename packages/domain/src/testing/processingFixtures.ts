/** A minimal valid processing as a client would POST it. */
export function processingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Hantera parkeringstillstånd',
    organisationUnit: 'Stadsbyggnadsnämnden',
    controller: 'Exempelby kommun',
    dpoContact: 'dataskyddsombud@exempelby.example',
    purposes: [
      {
        description: 'Pröva ansökningar om parkeringstillstånd för rörelsehindrade.',
        legalBasis: { article6: ['publicTask'], article9: ['substantialPublicInterest'], nationalLaw: 'Trafikförordningen (1998:1276)' },
        dataSubjectCategories: ['Sökande'],
        personalDataCategories: [
          { name: 'Namn', special: false },
          { name: 'Uppgifter om hälsa', special: true },
        ],
        recipients: ['Transportstyrelsen'],
        retention: { text: 'Gallras 2 år efter beslut', periods: [{ amount: 2, unit: 'years' }], preserved: false },
        sources: ['Den registrerade'],
      },
    ],
    systems: [{ name: 'W3D3', kind: 'ärendehantering' }],
    ...overrides,
  };
}
