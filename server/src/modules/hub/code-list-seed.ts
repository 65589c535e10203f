// The shape of a code list of the dictionary as data (code-lists-data.ts, code-lists-more.ts).
export interface CodeListSeed {
  id: string; // e.g. 'gender', 'ethnicity', 'marital_status'
  name: string; // 性别代码
  standard: string; // 'GB/T 2261.1-2003' etc.; '' when it is a working list of the departments
  items: { code: string; name: string; synonyms?: string[] }[];
}
