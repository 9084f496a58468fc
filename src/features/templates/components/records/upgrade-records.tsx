import HistoryIcon from '@mui/icons-material/History';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ListResults } from '@/components/list/list-results';
import type { ListTexts } from '@/components/list/list-texts';
import { PagedTable } from '@/components/list/paged-table';
import { useListControls } from '@/components/list/use-list-controls';
import { useUrlParams } from '@/lib/use-url-params';
import { useUpgradeRecords } from '../../api/list-template-upgrade-records';
import { recordsColumns } from './records-columns';
import {
  RECORDS_PAGE_SIZE,
  recordsCodec,
  type RecordsParams,
  type RecordsSort,
} from './records-params';

const texts: ListTexts = {
  noun: 'upgrade records',
  one: 'upgrade record',
  failed: 'The upgrade records could not be loaded',
  emptyTitle: 'No upgrades yet',
  emptyDetail: 'It runs the version it was installed at.',
};

const pageSizes = [RECORDS_PAGE_SIZE];
const emptyIcon = <HistoryIcon aria-hidden="true" sx={{ fontSize: 40, color: 'text.secondary' }} />;

/** An application's upgrade records, newest first; the page of records is in the URL. */
export function UpgradeRecords({ applicationId }: { applicationId: string }) {
  const [params, setParams] = useUrlParams(recordsCodec.parse, recordsCodec.serialize);
  const list = useListControls<RecordsParams, RecordsSort>(params, setParams);
  const query = useUpgradeRecords(applicationId, {
    page: params.page,
    pageSize: params.pageSize,
  });
  return (
    <Stack component="section" spacing={1} aria-labelledby="upgrade-records-heading">
      <Typography component="h2" variant="h3" id="upgrade-records-heading">
        Upgrade records
      </Typography>
      <ListResults
        query={query}
        texts={texts}
        list={list}
        skeleton={{ rows: 3, columns: 5 }}
        icon={emptyIcon}
      >
        {(data) => (
          <PagedTable
            label="Upgrade records"
            columns={recordsColumns}
            data={data}
            query={query}
            list={list}
            pageSizes={pageSizes}
          />
        )}
      </ListResults>
    </Stack>
  );
}
