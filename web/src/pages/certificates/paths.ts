// Where a certificate's guide lives in the web (the org keeps the resident's district's departments named).
export const guidePath = (jurisdiction: string, code: string, org?: string) =>
  `/public/certificates/${encodeURIComponent(jurisdiction)}/${encodeURIComponent(code)}${org ? `?org=${encodeURIComponent(org)}` : ''}`;
