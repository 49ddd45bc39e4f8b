import { ImportPanel } from './ImportPanel';

/** The controllers' imports: booked account activity, with its history. */
export function ImportsView() {
  return (
    <>
      <h1 tabIndex={-1}>Imports</h1>
      <ImportPanel title="Import booked account activity" endpoints={{ records: '/api/imports', kind: 'booked-activity', upload: '/api/imports/booked-activity' }}>
        <p class="muted">A CSV file with the columns account, party_id, household_id, booking_date (yyyy-MM-dd), amount, currency, type
          (Deposit, TransferIn, Withdrawal, TransferOut, Other) and optionally reference. A file with any bad row imports nothing;
          the same file twice changes nothing.</p>
      </ImportPanel>
    </>
  );
}
