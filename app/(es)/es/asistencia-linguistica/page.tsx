import type { Metadata } from 'next'
import {
  LanguageAssistancePage,
  languageAssistanceMetadata,
} from '@/components/language-assistance/language-assistance-page'

export const generateMetadata = (): Promise<Metadata> => languageAssistanceMetadata('es')

export default function SpanishLanguageAssistancePage() {
  return <LanguageAssistancePage locale="es" />
}
