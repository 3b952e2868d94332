/**
 * Its own module so that the header's box, on every page, needs nothing else of search to draw itself.
 *
 * The longest query searched, in UTF-16 units (what an input's maxLength counts). The longest headline
 * in the archive is ~60 characters, so any headline still fits as a quoted phrase; 100 Chinese
 * characters are ~900 bytes percent-encoded, a URL that every browser, proxy and host accepts and
 * reloads (a 20,000-character query made a URL of 180 KB that servers refuse).
 */
export const MAX_QUERY_LENGTH = 100;
