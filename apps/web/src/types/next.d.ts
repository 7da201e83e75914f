// Next's ambient types (CSS modules, images), so that `tsc --noEmit` works before the first
// `next build` writes next-env.d.ts (which is generated, and ignored by git).
/// <reference types="next" />
/// <reference types="next/image-types/global" />
