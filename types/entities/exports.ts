// What an Excel export answers: a temporary link to the file in cloud storage, its name and its rows.
export interface ExportFile {
  fileUrl: string
  fileName: string
  /** Rows of data in the file (the header row not counted). */
  rows: number
}
