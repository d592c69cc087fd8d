'use client'

import { createContext, useContext, type ReactNode } from 'react'
import type { SiteSettings } from '@/lib/content/schemas'

type ClinicPhone = SiteSettings['phone']

const ClinicPhoneContext = createContext<ClinicPhone | null>(null)

/**
 * Hands the clinic's phone number to client-only UI (the error boundary), which cannot fetch
 * site settings itself. Children stay server-rendered; only the value crosses over.
 */
export function ClinicPhoneProvider({ phone, children }: { phone: ClinicPhone; children: ReactNode }) {
  return <ClinicPhoneContext.Provider value={phone}>{children}</ClinicPhoneContext.Provider>
}

export function useClinicPhone(): ClinicPhone | null {
  return useContext(ClinicPhoneContext)
}
