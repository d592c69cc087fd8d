import { categoryRoute } from '@/app/_pages/blog'

const route = categoryRoute('es')

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
