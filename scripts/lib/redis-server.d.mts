export function hasRedisServer(): boolean
export function redisServer(port: number): { url: string; start(): Promise<void>; stop(): Promise<void> }
