import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import { categorySearch, inboxCategories, type InboxCategory } from '../inbox-params';
import { categoryLabels } from '../notification-text';

export const CATEGORY_PANEL_ID = 'inbox-category-panel';
export const categoryTabId = (category: InboxCategory) => `inbox-category-${category}`;

/** The Events tab's sub-navigation: All, Message, Work; the choice is `?category=` in the URL. */
export function CategoryTabs({ active }: { active: InboxCategory }) {
  return (
    <Tabs
      value={active}
      aria-label="Event categories"
      variant="scrollable"
      scrollButtons={false}
      sx={{ minHeight: 40, '& .MuiTab-root': { minHeight: 40, py: 1 } }}
    >
      {inboxCategories.map((category) => (
        <Tab
          key={category}
          value={category}
          label={categoryLabels[category]}
          id={categoryTabId(category)}
          aria-controls={category === active ? CATEGORY_PANEL_ID : undefined}
          component={RouterLink}
          to={paths.inbox.href('', categorySearch(category))}
        />
      ))}
    </Tabs>
  );
}
