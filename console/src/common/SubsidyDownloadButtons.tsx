import type { ButtonProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { subsidyPaymentsXlsxUrl, subsidyStatementPdfUrl } from '../providers/subsidyDocuments';
import { DownloadButton } from './DownloadButton';

type Extra = Omit<ButtonProps, 'onClick'> & { countyId?: string | null };

/** Downloads an adviser's subsidy statement as a PDF (bureau, the adviser's office, the adviser). */
export const SubsidyStatementPdfButton = ({ period, adviserId, countyId, ...props }: { period: string; adviserId: string } & Extra) => {
  const translate = useTranslate();
  return (
    <DownloadButton
      url={subsidyStatementPdfUrl(period, adviserId, countyId)}
      fallbackName={`subsidy-statement-${period}.pdf`}
      label={translate('fq.subsidy_documents.statement_pdf')}
      testId="subsidy-statement-pdf"
      {...props}
    />
  );
};

/** Downloads the period's payment sheet (发放明细表) of the confirmed statements (bureau). */
export const SubsidyPaymentsButton = ({ period, countyId, ...props }: { period: string } & Extra) => {
  const translate = useTranslate();
  return (
    <DownloadButton
      url={subsidyPaymentsXlsxUrl(period, countyId)}
      fallbackName={`subsidy-payments-${period}.xlsx`}
      label={translate('fq.subsidy_documents.payments_xlsx')}
      testId="subsidy-payments-xlsx"
      {...props}
    />
  );
};
