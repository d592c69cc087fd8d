import { comparisonRoute } from '@/app/_pages/comparison'

const route = comparisonRoute('es')

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
