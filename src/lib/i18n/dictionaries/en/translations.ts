/** The coordinators' list of what is left to translate (src/pages/[...lang]/translations.astro). */
export const translations = {
  title: 'Not yet translated',
  description: 'The pages, plans, commitments, meetings, datasets and consultations that have no translation yet, or whose translation is older than the English text: for the coordinators.',
  lede: 'Every record is written in English first. A translation holds only its text (title, summary, description and the like); dates, statuses, organizations and files stay in the English record. Until a record is translated, pages in another language show its English text with a notice.',
  how: 'To translate a record, open it in the editor and choose the language at the top of the form.',
  /** The language's name, as `Intl.DisplayNames` gives it in the page's language. */
  heading: (language: string) => language,
  summary: (missing: string, outdated: string) => `${missing} not translated, ${outdated} possibly out of date.`,
  firstOnly: (n: string) => `The first ${n} are listed below.`,
  allDone: 'Everything is translated.',
  record: 'Record',
  kind: 'Kind',
  state: 'State',
  edit: 'Edit',
  missing: 'Not translated',
  outdated: 'Possibly out of date: the English text changed after it was translated',
  editIn: (language: string) => `Translate into ${language} in the editor`,
};
