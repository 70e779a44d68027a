/**
 * The few strings both the sidebar and the server show (the panel's title, the band names), in
 * one small module so that neither catalogue has to bundle the other's.
 */
export const commonEn = {
  sidebarTitle: 'Health score',
  bandHealthy: 'Healthy',
  bandAtRisk: 'At risk',
  bandUnhealthy: 'Unhealthy',
  bandNoScore: 'No score',
};

export const commonIt = {
  sidebarTitle: 'Health score',
  bandHealthy: 'Sano',
  bandAtRisk: 'A rischio',
  bandUnhealthy: 'Critico',
  bandNoScore: 'Senza punteggio',
};

export const commonRo = {
  sidebarTitle: 'Scor de sănătate',
  bandHealthy: 'Sănătos',
  bandAtRisk: 'La risc',
  bandUnhealthy: 'Critic',
  bandNoScore: 'Fără scor',
};

export const commonFa = {
  sidebarTitle: 'امتیاز سلامت مشتری',
  bandHealthy: 'سالم',
  bandAtRisk: 'در معرض خطر',
  bandUnhealthy: 'بحرانی',
  bandNoScore: 'بدون امتیاز',
};

export const commonTh = {
  sidebarTitle: 'คะแนนสุขภาพลูกค้า',
  bandHealthy: 'สุขภาพดี',
  bandAtRisk: 'มีความเสี่ยง',
  bandUnhealthy: 'วิกฤต',
  bandNoScore: 'ไม่มีคะแนน',
};
