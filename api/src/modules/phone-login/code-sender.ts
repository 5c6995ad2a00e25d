import type { Logger } from '../../common/logging/logger.js';
import { maskPhone } from '../../common/validation/mask.js';
import type { SmsConfig } from './sms.config.js';
import { TencentCodeSender } from './tencent-code-sender.js';

/** Delivers a sign-in code to a phone: an SMS provider in production (SMS_PROVIDER), the log in development. */
export interface CodeSender {
  send(phone: string, code: string): Promise<void>;
}

/** Development: the code goes to the server log, so a developer can sign in as a party without an SMS gateway. */
export class LogCodeSender implements CodeSender {
  constructor(private readonly log: Logger) {}

  async send(phone: string, code: string): Promise<void> {
    this.log.info({ event: 'login_code', phone: maskPhone(phone), code }, 'sign-in code (development sender: not sent by SMS)');
  }
}

/** Production until a gateway is configured: refuses, rather than pretend a code was sent. */
export class UnconfiguredCodeSender implements CodeSender {
  async send(): Promise<void> {
    throw new Error('no SMS gateway is configured');
  }
}

/** The sender SMS_PROVIDER chose; `validityMinutes` is how long a code is accepted, which the SMS tells the party. */
export function createCodeSender(sms: SmsConfig, validityMinutes: number, log: Logger): CodeSender {
  switch (sms.provider) {
    case 'tencent':
      return new TencentCodeSender(sms.tencent, validityMinutes, log);
    case 'log':
      return new LogCodeSender(log);
    case 'none':
      return new UnconfiguredCodeSender();
  }
}
