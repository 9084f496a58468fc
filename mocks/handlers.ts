import { http } from 'msw';
import { answerApi } from './api';

/** The simulated API as msw handlers: for the tests and the Node server. */
export const handlers = [http.all('*/api/v1/*', ({ request }) => answerApi(request))];
