import { Router } from 'express';
import type { Store } from '../store/store';
import { renderReportHtml } from './report-html';
import { ReportService } from './report-service';

/** GET /api/reports/summary: JSON, or a printable page with ?format=html or Accept: text/html. */
export function reportsRouter(deps: { store: Store }): Router {
  const router = Router();
  const service = new ReportService(deps.store);
  router.get('/reports/summary', async (req, res) => {
    const parsed = service.parse(req.query);
    const report = await service.summary(parsed);
    const html = parsed.format === 'html' || (parsed.format === undefined && req.accepts(['json', 'html']) === 'html');
    res.vary('Accept');
    if (!html) {
      res.json(report);
      return;
    }
    res.type('html').setHeader('Cache-Control', 'no-store');
    res.send(renderReportHtml(report));
  });
  return router;
}
