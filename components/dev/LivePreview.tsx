import { getContentVersion } from '@/lib/content';
import { ContentLiveReload } from './ContentLiveReload';

/** `next dev` only: the editors' live preview, told which version of the files the page shows. */
export async function LivePreview() {
  return <ContentLiveReload renderedVersion={await getContentVersion()} />;
}
