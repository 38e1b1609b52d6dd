/**
 * Institutions the holders name to deliver their services (see `nameServiceProvider`): Riga's municipality runs
 * unified client service centres (VPVKAC), where state services are applied for; indicative, not a legal list.
 */
export const DEMO_NAMED_PROVIDERS: { service: string; providers: string[] }[] = [
  { service: 'VSAA-VECUMA-PENSIJA', providers: ['RIGA'] },
  { service: 'VSAA-IZZINA-IEMAKSAS', providers: ['RIGA'] },
  { service: 'PMLP-DZIVESVIETA', providers: ['RIGA'] },
  { service: 'VID-GID', providers: ['RIGA'] },
];
