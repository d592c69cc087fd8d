import { blogIndexRoute } from '@/app/_pages/blog'

const route = blogIndexRoute('es')

export const generateMetadata = route.generateMetadata
export default route.Page
