import type { Metadata } from 'next';
import { RtpReportScreen } from '@/features/rtp/rtp-report-screen';

export const metadata: Metadata = { title: 'RTP report' };

export default function Page() {
  return <RtpReportScreen />;
}
