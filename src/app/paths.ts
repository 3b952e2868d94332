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
} as const;
