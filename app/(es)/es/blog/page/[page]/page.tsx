import { blogPageRoute } from '@/app/_pages/blog'

const route = blogPageRoute('es')

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
