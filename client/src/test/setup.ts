import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

// jsdom has no layout: give scroll containers a size so the virtualised list renders rows.
for (const [prop, size] of [['clientHeight', 800], ['clientWidth', 1000]] as const) {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, prop);
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      if (this.hasAttribute('data-scroll-container')) return size;
      return original?.get ? original.get.call(this) : 0;
    },
  });
}

if (!('scrollTo' in Element.prototype)) {
  (Element.prototype as unknown as { scrollTo: () => void }).scrollTo = () => {};
}
