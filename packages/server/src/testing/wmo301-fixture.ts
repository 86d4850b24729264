/** A municipality's iWmo 301 toewijzing as it arrives (schemas/wmo301.xsd), for tests and the browser test. */
export interface Wmo301FixtureProduct {
  number: string;
  category?: string;
  code?: string;
  from?: string;
  until?: string | null;
  volume?: number;
  unit?: string;
  frequency?: string;
}

export function wmo301Xml(opts: {
  bsn: string;
  municipality?: string;
  agb?: string;
  id?: string;
  products: Wmo301FixtureProduct[];
}): string {
  const products = opts.products
    .map(
      (p) => `
      <ToegewezenProduct>
        <ToewijzingNummer>${p.number}</ToewijzingNummer>
        <Product><Categorie>${p.category ?? '07'}</Categorie><Code>${p.code ?? '07A01'}</Code></Product>
        <ToewijzingIngangsdatum>${p.from ?? '2026-01-01'}</ToewijzingIngangsdatum>${
          p.until === null ? '' : `\n        <ToewijzingEinddatum>${p.until ?? '2026-12-31'}</ToewijzingEinddatum>`
        }
        <Omvang><Volume>${p.volume ?? 2}</Volume><Eenheid>${p.unit ?? '16'}</Eenheid><Frequentie>${p.frequency ?? '2'}</Frequentie></Omvang>
        <Toewijzingsdatum>2025-12-15</Toewijzingsdatum>
      </ToegewezenProduct>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema">
  <Header>
    <BerichtCode>414</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>
    <Afzender>${opts.municipality ?? '0363'}</Afzender><Ontvanger>${opts.agb ?? '12345678'}</Ontvanger>
    <BerichtIdentificatie><Identificatie>${opts.id ?? 'TW-301-1'}</Identificatie><Dagtekening>2025-12-15</Dagtekening></BerichtIdentificatie>
    <XsdVersie><BasisschemaXsdVersie>1.0.0</BasisschemaXsdVersie><BerichtXsdVersie>1.0.0</BerichtXsdVersie></XsdVersie>
  </Header>
  <Client>
    <Bsn>${opts.bsn}</Bsn>
    <Geboortedatum><Datum>1980-03-01</Datum></Geboortedatum>
    <ToegewezenProducten>${products}
    </ToegewezenProducten>
  </Client>
</Bericht>
`;
}
