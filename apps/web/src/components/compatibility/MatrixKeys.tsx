"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";

const CELL = "a[data-cell]";

/**
 * The matrix's scroll box, and one tab stop for all its cells (a roving tabindex): arrow keys move
 * between cells, Home and End to the row's ends. Without JavaScript every cell is a tab stop. The
 * matrix comes as static HTML (lib/staticMarkup): the keys work on its elements, React hydrates one.
 */
export function MatrixKeys({
  className,
  label,
  markup,
}: {
  className?: string;
  label: string;
  markup: { __html: string };
}) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const cells = box.current?.querySelectorAll<HTMLElement>(CELL) ?? [];
    const start = box.current?.querySelector<HTMLElement>(`tr[data-yours] ${CELL}`) ?? cells[0];
    cells.forEach((cell) => (cell.tabIndex = cell === start ? 0 : -1));
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!target.matches(CELL)) return;
    const row = target.closest("tr");
    const rows = [...(box.current?.querySelectorAll("tr") ?? [])].filter((r) => r.querySelector(CELL));
    const inRow = [...(row?.querySelectorAll<HTMLElement>(CELL) ?? [])];
    const col = inRow.indexOf(target);
    const r = row ? rows.indexOf(row) : -1;
    const at = (ri: number, ci: number) => {
      const cells = rows[ri]?.querySelectorAll<HTMLElement>(CELL);
      return cells?.[Math.min(ci, cells.length - 1)];
    };
    const next =
      e.key === "ArrowRight"
        ? inRow[col + 1]
        : e.key === "ArrowLeft"
          ? inRow[col - 1]
          : e.key === "ArrowDown"
            ? at(r + 1, col)
            : e.key === "ArrowUp"
              ? at(r - 1, col)
              : e.key === "Home"
                ? inRow[0]
                : e.key === "End"
                  ? inRow[inRow.length - 1]
                  : undefined;
    if (!next) return;
    e.preventDefault();
    target.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  };

  return (
    // The scroll box is focusable so that keyboard users can scroll it (axe: scrollable-region-focusable).
    <div
      ref={box}
      className={className}
      tabIndex={0}
      role="region"
      aria-label={label}
      onKeyDown={onKeyDown}
      dangerouslySetInnerHTML={markup}
    />
  );
}
