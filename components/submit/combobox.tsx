"use client";

import { useEffect, useId, useRef, useState } from "react";
import { inputClass } from "./form-feedback";

export interface ComboboxOption {
  id: string;
  label: string;
  detail?: string;
}

interface ComboboxProps {
  id: string;
  /** The text in the box; the parent owns it so it can pre-fill it. */
  value: string;
  onValueChange: (value: string) => void;
  onSelect: (option: ComboboxOption) => void;
  /** Server-side search; called debounced as people type. */
  search: (query: string) => Promise<ComboboxOption[]>;
  name?: string;
  placeholder?: string;
  ariaDescribedBy?: string;
  ariaInvalid?: boolean;
  /** Options already chosen elsewhere, left out of the list. */
  excludeIds?: readonly string[];
}

const DEBOUNCE_MS = 200;

/**
 * An editable combobox with a list popup (WAI-ARIA APG pattern): typing searches, ArrowDown/ArrowUp
 * move through the options, Enter picks, Escape closes. The list comes from the server.
 */
export function Combobox({ id, value, onValueChange, onSelect, search, name, placeholder, ariaDescribedBy, ariaInvalid, excludeIds = [] }: ComboboxProps) {
  const listId = useId();
  const [options, setOptions] = useState<ComboboxOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const [query, setQuery] = useState<string | null>(null);
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  }, [search]);

  useEffect(() => {
    if (query === null || query.trim() === "") return;
    let stale = false;
    const timer = setTimeout(() => {
      setStatus("loading");
      searchRef.current(query).then(
        (results) => {
          if (stale) return;
          setOptions(results);
          setActive(results.length > 0 ? 0 : -1);
          setStatus("idle");
        },
        () => !stale && setStatus("error"),
      );
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  const visible = options.filter((option) => !excludeIds.includes(option.id));
  const expanded = open && query !== null && query.trim() !== "";

  function pick(option: ComboboxOption) {
    onSelect(option);
    setOpen(false);
    setQuery(null);
    setOptions([]);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, visible.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === "Enter" && expanded && visible[active]) {
      event.preventDefault();
      pick(visible[active]!);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  return (
    <div className="relative">
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && visible[active] ? `${listId}-${active}` : undefined}
        aria-describedby={ariaDescribedBy}
        aria-invalid={ariaInvalid || undefined}
        placeholder={placeholder}
        value={value}
        className={inputClass}
        onChange={(event) => {
          onValueChange(event.target.value);
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Matches"
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {status === "loading" && visible.length === 0 && <li className="px-3 py-2 text-slate-500">Searching…</li>}
        {status === "error" && <li className="px-3 py-2 text-rose-700">Search failed; keep typing to retry.</li>}
        {status === "idle" && visible.length === 0 && <li className="px-3 py-2 text-slate-500">No match in the catalog.</li>}
        {visible.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-indigo-50" : ""}`}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => pick(option)}
          >
            <span className="font-medium">{option.label}</span>
            {option.detail && <span className="ml-2 text-xs text-slate-500">{option.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The pickers' server-side search (app/(registry)/submit/search/route.ts). */
export async function searchCatalog(type: "versions" | "checkpoints", query: string): Promise<ComboboxOption[]> {
  const response = await fetch(`/submit/search?type=${type}&q=${encodeURIComponent(query)}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`search failed: ${response.status}`);
  const body = (await response.json()) as { results: ComboboxOption[] };
  return body.results;
}
