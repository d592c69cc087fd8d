import { treatmentsIndexRoute } from '@/app/_pages/listings'

const route = treatmentsIndexRoute('es')

export const generateMetadata = route.generateMetadata
export default route.Page
