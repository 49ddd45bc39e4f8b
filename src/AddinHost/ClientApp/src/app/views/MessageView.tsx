import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children?: ComponentChildren;
}

/** A page that only says something: not found, not allowed, could not load. */
export function MessageView({ title, children }: Props) {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <div class="card">{children}</div>
    </>
  );
}
