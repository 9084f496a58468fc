import { endpoints } from '@/contract/endpoints';
import { route } from './http';
import { publicOperation } from './operations';
import { problems } from './problems';

export const operationHandlers = [
  route(endpoints.getOperation, ({ db, params }) => {
    const op = db.operations.find((o) => o.id === params.operationId);
    if (!op) throw problems.notFound('Operation', params.operationId);
    return publicOperation(op);
  }),
];
