import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { paths } from '../../../config/paths';
import { issueQueryOptions } from '../api/get-issue';

type IssueLinkProps = { issueId: string; rel?: 'prev' | 'next'; className?: string; children: ReactNode };

/** A link to an issue that starts loading it when the pointer or focus arrives, before the click. */
export function IssueLink({ issueId, rel, className, children }: IssueLinkProps) {
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(issueQueryOptions(issueId));
  return (
    <Link to={paths.issue.href(issueId)} rel={rel} className={className} onPointerEnter={prefetch} onFocus={prefetch}>
      {children}
    </Link>
  );
}
