/** The longest Cypher console query accepted; apart from the console so checking it loads no driver. */
export const CYPHER_MAX_LENGTH = 5_000;
