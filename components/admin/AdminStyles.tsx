'use client';

import adminCss from '@/components/admin/admin.inline.css';

/** The dashboard's styles, written into its pages' <head> once (as SearchStyles does). */
export function AdminStyles() {
  return (
    <style href="glowpop-admin" precedence="default">
      {adminCss}
    </style>
  );
}
