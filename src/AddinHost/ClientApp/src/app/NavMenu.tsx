import { Link } from './Link';
import type { AppRoute } from './routes';

interface Props {
  items: readonly AppRoute[];
  currentPath: string;
}

export function NavMenu({ items, currentPath }: Props) {
  return (
    <nav class="nav" aria-label="Main">
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <Link href={item.path} aria-current={item.path === currentPath ? 'page' : undefined}>
              {item.nav}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
