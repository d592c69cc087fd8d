import { articleRoute } from '@/app/_pages/article'

const route = articleRoute('es')

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
