'use client'

import { createContext, useContext, type ReactNode } from 'react'
import type { SiteSettings } from '@/lib/content/schemas'

type ClinicContact = Pick<SiteSettings, 'phone' | 'crisisNotice'>

const ClinicContactContext = createContext<ClinicContact | null>(null)

/**
 * Hands the clinic's phone number and crisis notice to client-only UI (the error boundary, the
 * booking form), which cannot fetch site settings itself. Children stay server-rendered; only
 * the values cross over.
 */
export function ClinicContactProvider({ contact, children }: { contact: ClinicContact; children: ReactNode }) {
  return <ClinicContactContext.Provider value={contact}>{children}</ClinicContactContext.Provider>
}

export function useClinicPhone(): ClinicContact['phone'] | null {
  return useContext(ClinicContactContext)?.phone ?? null
}

/** Null outside the site layout: CrisisNotice then shows its built-in wording. */
export function useCrisisNotice(): string | null {
  return useContext(ClinicContactContext)?.crisisNotice ?? null
}
