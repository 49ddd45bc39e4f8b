import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { isInAppClick, navigate } from './router';

interface Props {
  href: string;
  children?: ComponentChildren;
  class?: string;
  'aria-current'?: 'page' | undefined;
}

/**
 * An ordinary <a> (so it can be opened in a new tab) that navigates in place on a plain click.
 * For the web app's own routes only; other pages (sign-in) are plain links.
 */
export function Link({ href, children, ...rest }: Props) {
  const handleClick = (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    if (!isInAppClick(event, href, event.currentTarget.getAttribute('target'), window.location.origin)) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
