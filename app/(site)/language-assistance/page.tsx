import type { Metadata } from 'next'
import {
  LanguageAssistancePage,
  languageAssistanceMetadata,
} from '@/components/language-assistance/language-assistance-page'

export const generateMetadata = (): Promise<Metadata> => languageAssistanceMetadata('en')

export default function EnglishLanguageAssistancePage() {
  return <LanguageAssistancePage locale="en" />
}
