import { NavLink } from 'react-router';
import { paths } from '../../config/paths';

const LINKS = [
  { href: paths.archive.href(), label: '往期' },
  { href: paths.people.href(), label: '人物' },
  { href: paths.places.href(), label: '地点' },
];

/** The archive's ways in besides search: by date, by person, by place. */
export function SiteNav() {
  return (
    <nav aria-label="栏目" className="flex gap-3">
      {LINKS.map(({ href, label }) => (
        <NavLink
          key={href}
          to={href}
          end={false}
          className={({ isActive }) =>
            `py-1 hover:text-red-900 hover:underline ${isActive ? 'font-bold text-red-900' : 'text-stone-700'}`
          }
        >
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
