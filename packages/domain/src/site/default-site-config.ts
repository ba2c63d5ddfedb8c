import type { SiteConfig } from './site-config.schema.ts';

/** Identity of the department whose November 2024 report seeds the platform. Overridable by settings. */
export const hungYenSiteConfig: SiteConfig = {
  province: 'Hưng Yên',
  parentBody: 'UBND TỈNH HƯNG YÊN',
  departmentName: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên',
  departmentShortName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  departmentNameEnglish: 'Hung Yen Department of Science and Technology',
  symbolSuffix: 'SKHCN',
  siteUrl: 'http://localhost:4321',
  logoText: 'Sở KH&CN Hưng Yên',
  licence: {
    name: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
};

/** Divisions (phòng, đơn vị) that own sections; codes are what users and sections carry. */
export const defaultDivisions: Record<string, string> = {
  VP: 'Văn phòng Sở',
  QLKH: 'Phòng Quản lý khoa học',
  QLCN: 'Phòng Quản lý công nghệ và chuyên ngành',
  TDC: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
  TTR: 'Thanh tra Sở',
  TTTT: 'Trung tâm Thông tin, Thống kê, Ứng dụng KH&CN',
};

/**
 * A new installation's identity until the quản trị sets it (Thông tin đơn vị): names no province, so nothing is
 * published under another department's name. The public site asks for the identity while it is in place.
 */
export const unsetSiteConfig: SiteConfig = {
  province: 'Chưa khai báo',
  parentBody: 'CƠ QUAN CHỦ QUẢN',
  departmentName: 'Sở Khoa học và Công nghệ (chưa khai báo thông tin đơn vị)',
  departmentShortName: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  departmentNameEnglish: 'Department of Science and Technology',
  symbolSuffix: 'SKHCN',
  siteUrl: 'http://localhost:4321',
  logoText: 'Sở KH&CN',
  licence: {
    name: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
};

/** True while the department's identity is still the new installation's placeholder. */
export function isSiteIdentityUnset(site: Pick<SiteConfig, 'departmentName'>): boolean {
  return site.departmentName === unsetSiteConfig.departmentName;
}
