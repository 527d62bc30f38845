import { webManifest } from '@/lib/seo/web-manifest';

export default webManifest;
