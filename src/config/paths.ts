/** Every route of the app: `path` for the router, `href` for links. */
export const paths = {
  home: { path: '/', href: () => '/' },
  issue: {
    path: '/issues/:issueId',
    href: (issueId: string) => `/issues/${encodeURIComponent(issueId)}`,
  },
  article: {
    path: '/issues/:issueId/articles/:articleId',
    href: (issueId: string, articleId: string) =>
      `/issues/${encodeURIComponent(issueId)}/articles/${encodeURIComponent(articleId)}`,
  },
  /** `query`: the search state as a query string (see features/search/url-state.ts). */
  search: { path: '/search', href: (query = '') => (query ? `/search?${query}` : '/search') },
  bookmarks: { path: '/bookmarks', href: () => '/bookmarks' },
  /** What is kept on this device for reading offline. */
  offline: { path: '/offline', href: () => '/offline' },
  archive: { path: '/issues', href: () => '/issues' },
  people: { path: '/people', href: () => '/people' },
  places: { path: '/places', href: () => '/places' },
  person: { path: '/people/:entityId', href: (id: string) => `/people/${encodeURIComponent(id)}` },
  place: { path: '/places/:entityId', href: (id: string) => `/places/${encodeURIComponent(id)}` },
} as const;

/** The page of a person or place, and the list it belongs to. */
export const entityHref = (type: 'person' | 'place', id: string) =>
  type === 'person' ? paths.person.href(id) : paths.place.href(id);
