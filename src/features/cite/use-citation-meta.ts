import { useEffect } from 'react';
import type { CitationSource } from './source';

/**
 * The Highwire tags reference managers (Zotero's connector, Google Scholar) read from an article
 * page. Set per route and removed when it unmounts, so another page never carries them.
 */
export function citationMeta(source: CitationSource): [name: string, content: string][] {
  return [
    ['citation_title', source.title],
    ...source.authors.map((author): [string, string] => ['citation_author', author]),
    ['citation_date', source.date.replaceAll('-', '/')],
    ['citation_publication_date', source.date.replaceAll('-', '/')],
    ['citation_journal_title', source.paper],
    ['citation_publisher', source.paper],
    ['citation_language', 'zh'],
    ['citation_public_url', source.url],
    ['citation_firstpage', source.edition],
  ];
}

export function useCitationMeta(source: CitationSource): void {
  const key = JSON.stringify(citationMeta(source));
  useEffect(() => {
    const tags = (JSON.parse(key) as [string, string][]).map(([name, content]) => {
      const meta = document.createElement('meta');
      meta.name = name;
      meta.content = content;
      meta.dataset.route = '';
      return document.head.appendChild(meta);
    });
    return () => tags.forEach((tag) => tag.remove());
  }, [key]);
}
