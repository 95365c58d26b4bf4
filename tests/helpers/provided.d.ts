declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databasePoolSize: string;
    baseUrl: string;
    smtpPort: number;
  }
}
export {};
