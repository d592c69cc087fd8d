import { treatmentsIndexRoute } from '@/app/_pages/listings'

const route = treatmentsIndexRoute('en')

export const generateMetadata = route.generateMetadata
export default route.Page
