/** A CSV file of 50,000 rows (4.8 MB), each with a quoted comma, for the CSV parser's test and benchmark. */

/** How many data rows the file has, after its header. */
export const largeCsvRows = 50_000;

const row = 'HF01,"Karl Heusner Memorial Hospital, Belize City",belize,-88.1963,17.5087,166,true,2026-05-15';

/** The file's text. */
export const largeCsv = `id,name,district,lon,lat,beds,open,verified\n${`${row}\n`.repeat(largeCsvRows)}`;
