// ajv-formats-draft2019 ships no types: its `iri` format check, as Ajv takes a format.
declare module 'ajv-formats-draft2019/formats/iri' {
  const iri: (value: string) => boolean;
  export = iri;
}
