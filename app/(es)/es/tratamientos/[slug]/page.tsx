import { treatmentRoute } from '@/app/_pages/treatment'

const route = treatmentRoute('es')

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
